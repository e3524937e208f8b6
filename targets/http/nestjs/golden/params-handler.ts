import { Controller, Get } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("users/:user_id/posts/:post_id")
  endpoint() {
    // Path parameters: @Param("user_id") user_id: string, @Param("post_id") post_id: string (the fixed response below does not use them).
    return {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
  }
}
