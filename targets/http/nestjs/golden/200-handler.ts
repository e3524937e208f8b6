import { Controller, Get } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  endpoint() {
    return {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
  }
}
