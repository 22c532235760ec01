import type { Metadata } from "next";
import { DeviceChooser } from "@/components/onboarding/device-chooser";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getUserDevice } from "@/lib/db/users";
import { chooseDeviceAction } from "./actions";

export const metadata: Metadata = { title: "Device" };

export default async function DevicePage() {
  const user = await requireUser();
  const device = await getUserDevice(user.id);
  return (
    <>
      <PageHeader
        title="Your device"
        description="New projects and planners start sized for this tablet. Existing projects keep their own device."
      />
      <Card>
        <DeviceChooser current={device} choose={chooseDeviceAction} />
      </Card>
    </>
  );
}
