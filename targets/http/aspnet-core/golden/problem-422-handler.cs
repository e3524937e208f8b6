using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/endpoint", (HttpRequest request) =>
            Results.Problem(
                type: "about:blank",
                title: "Unprocessable Content",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                instance: request.Path));
    }
}
