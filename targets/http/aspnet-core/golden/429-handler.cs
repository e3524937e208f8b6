using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpResponse response) =>
        {
            response.Headers["Retry-After"] = "60";
            return Results.Json(
                new { error = "too_many_requests", message = "Too Many Requests" },
                statusCode: StatusCodes.Status429TooManyRequests);
        });
    }
}
