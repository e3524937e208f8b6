using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/endpoint", () =>
            Results.Json(new { status = "accepted", task_id = "abc-123" }, statusCode: StatusCodes.Status202Accepted));
    }
}
