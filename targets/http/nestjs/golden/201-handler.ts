import { Controller, Header, Post } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Post("endpoint")
  @Header("Location", "/endpoint/abc-123")
  endpoint() {
    return {
      id: "abc-123",
      name: "Example item",
      created_at: "2026-02-24T12:00:00Z",
    };
  }
}
