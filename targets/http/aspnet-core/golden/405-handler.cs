using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            context.Response.Headers["Allow"] = "GET, HEAD";
            return Results.Content("""{"error":"method_not_allowed","message":"Method Not Allowed"}""", "application/json", statusCode: StatusCodes.Status405MethodNotAllowed);
        });
    }
}
