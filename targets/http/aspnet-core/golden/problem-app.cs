var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/items/{itemId}", (string itemId, HttpRequest request) =>
    Results.Problem(
        type: "about:blank",
        title: "Not Found",
        statusCode: StatusCodes.Status404NotFound,
        instance: request.Path));

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
