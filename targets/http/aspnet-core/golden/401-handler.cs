using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpResponse response) =>
        {
            response.Headers["WWW-Authenticate"] = "Bearer realm=\"api\"";
            return Results.Json(
                new { error = "unauthorized", message = "Unauthorized" },
                statusCode: StatusCodes.Status401Unauthorized);
        });
    }
}
