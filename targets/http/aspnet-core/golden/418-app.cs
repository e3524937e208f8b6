var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/endpoint", () =>
    Results.Json(new { error = "im_a_teapot", message = "I'm a teapot" }, statusCode: StatusCodes.Status418ImATeapot));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
