using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/{userId}/posts/{postId}", (string userId, string postId) =>
            Results.Ok(new { status = "ok", data = new { id = "abc-123", name = "Example item", active = true } }));
    }
}
