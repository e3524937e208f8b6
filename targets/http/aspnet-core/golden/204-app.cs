var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapDelete("/endpoint", () => Results.NoContent());

var port = Environment.GetEnvironmentVariable("PORT") ?? "5000";
app.Run($"http://localhost:{port}");
