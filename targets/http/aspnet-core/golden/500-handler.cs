using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", () =>
            Results.Json(
                new { error = "internal_server_error", message = "Internal Server Error" },
                statusCode: StatusCodes.Status500InternalServerError));
    }
}
