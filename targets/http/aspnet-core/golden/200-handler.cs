using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            return Results.Content("""{"status":"ok","data":{"id":"abc-123","name":"Example item","active":true}}""", "application/json", statusCode: StatusCodes.Status200OK);
        });
    }
}
