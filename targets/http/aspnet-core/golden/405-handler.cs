using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        // Routing answers 405 with an Allow header by itself when none of a path's endpoints accepts the
        // method; this endpoint refuses DELETE explicitly, with its own body.
        app.MapDelete("/endpoint", (HttpResponse response) =>
        {
            response.Headers["Allow"] = "GET, HEAD";
            return Results.Json(
                new { error = "method_not_allowed", message = "Method Not Allowed" },
                statusCode: StatusCodes.Status405MethodNotAllowed);
        });
    }
}
