var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["Retry-After"] = "120";
    return Results.Content("""{"error":"service_unavailable","message":"Service Unavailable"}""", "application/json", statusCode: StatusCodes.Status503ServiceUnavailable);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
