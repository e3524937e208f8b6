using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            context.Response.Headers["WWW-Authenticate"] = "Bearer realm=\"api\"";
            return Results.Content("""{"error":"unauthorized","message":"Unauthorized"}""", "application/json", statusCode: StatusCodes.Status401Unauthorized);
        });
    }
}
