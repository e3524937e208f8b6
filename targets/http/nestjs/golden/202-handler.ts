import { Controller, HttpCode, HttpStatus, Post } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Post("endpoint")
  @HttpCode(HttpStatus.ACCEPTED)
  endpoint() {
    return { status: "accepted", task_id: "abc-123" };
  }
}
