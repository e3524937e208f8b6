var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    return Results.Content("""{"error":"not_found","message":"Not Found"}""", "application/json", statusCode: StatusCodes.Status404NotFound);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
