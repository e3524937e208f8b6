var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", (HttpResponse response) =>
{
    response.Headers["Retry-After"] = "60";
    return Results.Json(
        new { error = "too_many_requests", message = "Too Many Requests" },
        statusCode: StatusCodes.Status429TooManyRequests);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
