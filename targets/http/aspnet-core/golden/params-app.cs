var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/users/{userId}/posts/{postId}", (string userId, string postId) =>
    Results.Ok(new { status = "ok", data = new { id = "abc-123", name = "Example item", active = true } }));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
