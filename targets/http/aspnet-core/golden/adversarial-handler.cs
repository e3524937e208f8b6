using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

public static class Endpoint
{
    public static void MapEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/endpoint", () =>
            Results.Ok(
                new JsonObject
                {
                    ["message"] = "\"quoted\" 'string' \\ back\\slash",
                    ["js"] = "${process.env.HOME}",
                    ["ruby"] = "#{system('id')} #@x",
                    ["shell"] = "$x $(id) `id`",
                    ["comment"] = "*/ -- ?> \"\"\"",
                    ["lines"] = "one\ntwo\r\n\tthree\u2028four",
                    ["unicode"] = "café 😀 漢字",
                    ["nested"] = new JsonObject
                    {
                        ["list"] = new JsonArray(1, 2.5, -3e-7, true, false, null),
                        [""] = "empty key",
                    },
                }));
    }
}
