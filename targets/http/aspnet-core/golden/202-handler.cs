using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            return Results.Content("""{"status":"accepted","task_id":"abc-123"}""", "application/json", statusCode: StatusCodes.Status202Accepted);
        });
    }
}
