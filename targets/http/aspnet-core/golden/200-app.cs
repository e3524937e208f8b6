var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"status":"ok","data":{"id":"abc-123","name":"Example item","active":true}}""", "application/json", statusCode: StatusCodes.Status200OK);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
