var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/endpoint", () =>
    Results.Created(
        "/endpoint/abc-123",
        new { id = "abc-123", name = "Example item", created_at = "2026-02-24T12:00:00Z" }));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
