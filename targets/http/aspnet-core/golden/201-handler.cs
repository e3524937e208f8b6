using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/endpoint", () =>
            Results.Created(
                "/endpoint/abc-123",
                new { id = "abc-123", name = "Example item", created_at = "2026-02-24T12:00:00Z" }));
    }
}
