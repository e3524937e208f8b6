using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            return Results.Content("""{"error":"not_found","message":"Not Found"}""", "application/json", statusCode: StatusCodes.Status404NotFound);
        });
    }
}
