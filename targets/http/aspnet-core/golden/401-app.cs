var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpResponse response) =>
{
    response.Headers["WWW-Authenticate"] = "Bearer realm=\"api\"";
    return Results.Json(
        new { error = "unauthorized", message = "Unauthorized" },
        statusCode: StatusCodes.Status401Unauthorized);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
