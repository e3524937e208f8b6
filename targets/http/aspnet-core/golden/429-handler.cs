using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            context.Response.Headers["Retry-After"] = "60";
            return Results.Content("""{"error":"too_many_requests","message":"Too Many Requests"}""", "application/json", statusCode: StatusCodes.Status429TooManyRequests);
        });
    }
}
