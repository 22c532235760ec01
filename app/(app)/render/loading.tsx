export { default } from "../projects/(list)/loading";
