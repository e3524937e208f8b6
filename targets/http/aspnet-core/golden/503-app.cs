var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpResponse response) =>
{
    response.Headers["Retry-After"] = "120";
    return Results.Json(
        new { error = "service_unavailable", message = "Service Unavailable" },
        statusCode: StatusCodes.Status503ServiceUnavailable);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
