using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", () =>
            Results.Json(
                new { error = "im_a_teapot", message = "I'm a teapot" },
                statusCode: StatusCodes.Status418ImATeapot));
    }
}
