var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"status":"accepted","task_id":"abc-123"}""", "application/json", statusCode: StatusCodes.Status202Accepted);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
