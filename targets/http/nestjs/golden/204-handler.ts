import { Controller, Delete, HttpCode, HttpStatus } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Delete("endpoint")
  @HttpCode(HttpStatus.NO_CONTENT)
  endpoint() {}
}
