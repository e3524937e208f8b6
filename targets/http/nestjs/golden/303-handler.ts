import { Controller, HttpStatus, Post, Redirect } from "@nestjs/common";

// Add it to a module: @Module({ controllers: [EndpointController] })
@Controller()
export class EndpointController {
  @Post("endpoint")
  @Redirect("/endpoint/abc-123", HttpStatus.SEE_OTHER)
  endpoint() {}
}
