var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/endpoint", (HttpRequest request) =>
    Results.Problem(
        type: "about:blank",
        title: "Unprocessable Content",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        instance: request.Path));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
