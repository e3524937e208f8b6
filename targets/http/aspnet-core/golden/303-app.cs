var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/endpoint", (HttpResponse response) =>
{
    // Results.Redirect has no 303 (See Other) form: the Location and the status are set here.
    response.Headers.Location = "/endpoint/abc-123";
    return Results.StatusCode(StatusCodes.Status303SeeOther);
});

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
