var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/endpoint", () =>
    Results.Json(new { status = "accepted", task_id = "abc-123" }, statusCode: StatusCodes.Status202Accepted));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
