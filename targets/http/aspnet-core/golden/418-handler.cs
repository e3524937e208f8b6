using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            return Results.Content("""{"error":"im_a_teapot","message":"I'm a teapot"}""", "application/json", statusCode: StatusCodes.Status418ImATeapot);
        });
    }
}
