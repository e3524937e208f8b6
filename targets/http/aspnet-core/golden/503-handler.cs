using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpResponse response) =>
        {
            response.Headers["Retry-After"] = "120";
            return Results.Json(
                new { error = "service_unavailable", message = "Service Unavailable" },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
