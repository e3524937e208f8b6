using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/endpoint", (HttpResponse response) =>
        {
            // Results.Redirect has no 303 (See Other) form: the Location and the status are set here.
            response.Headers.Location = "/endpoint/abc-123";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
    }
}
