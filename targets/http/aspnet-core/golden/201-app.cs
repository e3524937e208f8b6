var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["Location"] = "/endpoint/abc-123";
    return Results.Content("""{"id":"abc-123","name":"Example item","created_at":"2026-02-24T12:00:00Z"}""", "application/json", statusCode: StatusCodes.Status201Created);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
