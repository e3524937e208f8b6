var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"error":"internal_server_error","message":"Internal Server Error"}""", "application/json", statusCode: StatusCodes.Status500InternalServerError);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
