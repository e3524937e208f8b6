using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            context.Response.Headers["Retry-After"] = "120";
            return Results.Content("""{"error":"service_unavailable","message":"Service Unavailable"}""", "application/json", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
