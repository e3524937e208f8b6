var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", () =>
    Results.Json(
        new { error = "internal_server_error", message = "Internal Server Error" },
        statusCode: StatusCodes.Status500InternalServerError));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
