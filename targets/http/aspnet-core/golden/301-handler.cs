using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", (HttpContext context) =>
        {
            context.Response.Headers["Location"] = "https://example.com/new-endpoint";
            return Results.Content("""{"location":"https://example.com/new-endpoint","message":"This resource has moved permanently."}""", "application/json", statusCode: StatusCodes.Status301MovedPermanently);
        });
    }
}
