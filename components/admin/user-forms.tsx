// The administrator's account forms, one file each; imported from here by the /admin/users pages.
export { CreateUserForm } from "./user-create-form";
export { EditUserForm } from "./user-edit-form";
export { ResetPasswordForm, UserStatusControl } from "./user-account-controls";
export { RoleAssignments, type RoleRow } from "./role-assignments";
