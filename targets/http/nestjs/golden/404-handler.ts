import { Controller, Get, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.NOT_FOUND)
  endpoint() {
    return { error: "not_found", message: "Not Found" };
  }
}
