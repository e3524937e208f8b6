using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/items/{itemId}", (string itemId, HttpRequest request) =>
            Results.Problem(
                type: "about:blank",
                title: "Not Found",
                statusCode: StatusCodes.Status404NotFound,
                instance: request.Path));
    }
}
