var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["Retry-After"] = "60";
    return Results.Content("""{"error":"too_many_requests","message":"Too Many Requests"}""", "application/json", statusCode: StatusCodes.Status429TooManyRequests);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
