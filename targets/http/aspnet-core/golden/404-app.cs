var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", () =>
    Results.Json(new { error = "not_found", message = "Not Found" }, statusCode: StatusCodes.Status404NotFound));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
