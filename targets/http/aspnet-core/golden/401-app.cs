var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpContext context) =>
{
    context.Response.Headers["WWW-Authenticate"] = "Bearer realm=\"api\"";
    return Results.Content("""{"error":"unauthorized","message":"Unauthorized"}""", "application/json", statusCode: StatusCodes.Status401Unauthorized);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://127.0.0.1:{port}");
